; Inno Setup 6 script: a per-user installer for the one-folder build in dist\FlevoDesk\.
; Build it after packaging/build.py, from the repository root:
;     iscc /DAppVersion=0.1.0 packaging\windows\flevodesk.iss
; Result: dist\FlevoDesk-<version>-windows-setup.exe. No administrator rights are needed:
; the program goes to %LOCALAPPDATA%\Programs\FlevoDesk, the user's data stays in
; %LOCALAPPDATA%\FlevoDesk (the database and backups/), which neither an update nor the
; uninstaller touches.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\flevodesk.iss
#endif
#define AppName "FlevoDesk"
#define AppExe "FlevoDesk.exe"

[Setup]
; The AppId ties updates and the uninstaller to earlier installs: never change it.
AppId={{69489686-F925-487A-A82D-9B0D83A99DA5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FlevoDesk
VersionInfoVersion={#AppVersion}
; Per user: {autopf} becomes %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\flevodesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running FlevoDesk before files are replaced, so an update cannot half-apply.
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundled libraries as a whole: no stale DLL of an older release.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
