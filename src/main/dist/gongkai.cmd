@echo off
rem gongkai on Windows: same JVM settings as the gongkai script beside it (see there for why).
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "TUNING=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:InitialSurvivorRatio=16"
if /i "%~1"=="serve" set "TUNING=-XX:+UseParallelGC -Xmn128m"
rem The class-data archive only when it is newer than the jar, like [ gongkai.jsa -nt gongkai.jar ] in the
rem sh script: dir lists the two files oldest first (/o:d), so the last name it prints is the newest. On equal
rem times the name decides, descending (-n), so the jar comes last and the archive is not used, as with -nt.
rem A missing archive is simply not listed (dir's "File Not Found" goes to nul). /a:-d lists files only;
rem DIRCMD, which would add the user's own dir switches, is cleared.
set "DIRCMD="
set "NEWEST="
for /f "delims=" %%F in ('dir /b /a:-d /o:d-n "%~dp0gongkai.jar" "%~dp0gongkai.jsa" 2^>nul') do set "NEWEST=%%F"
if /i "%NEWEST%"=="gongkai.jsa" set "TUNING=%TUNING% -XX:SharedArchiveFile=%~dp0gongkai.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %TUNING% %JAVA_OPTS% -jar "%~dp0gongkai.jar" %*
