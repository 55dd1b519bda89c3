@echo off
rem gongkai on Windows: same JVM settings as the gongkai script beside it (see there for why).
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "TUNING=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m"
if /i "%~1"=="serve" set "TUNING=-XX:+UseParallelGC -Xmn128m"
if exist "%~dp0gongkai.jsa" set "TUNING=%TUNING% -XX:SharedArchiveFile=%~dp0gongkai.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %TUNING% %JAVA_OPTS% -jar "%~dp0gongkai.jar" %*
