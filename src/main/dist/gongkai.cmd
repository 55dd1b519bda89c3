@echo off
rem gongkai on Windows: same JVM settings as the gongkai script beside it (see there for why).
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "TUNING=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="serve" set "TUNING=-XX:+UseSerialGC"
"%JAVA%" %TUNING% %JAVA_OPTS% -jar "%~dp0gongkai.jar" %*
