; Inno Setup 6 script: the Windows installer of Strategie-Editor.
;
; Built by .github/workflows/windows.yml after the PyInstaller one-folder build:
;     iscc /DAppVersion=0.1.0 packaging\windows\strategie-editor.iss
; Output: dist\Strategie-Editor-<version>-Setup.exe
;
; Officials double-click it and install for themselves (no administrator rights needed).
; IT installs silently for all users of a machine:
;     Strategie-Editor-0.1.0-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; and removes it with "%ProgramFiles%\Strategie-Editor\unins000.exe" /VERYSILENT.

#ifndef AppVersion
  #error Bitte die Version angeben: iscc /DAppVersion=0.1.0 strategie-editor.iss
#endif
#define AppName "Strategie-Editor"
#define AppExe "StrategieEditor.exe"
#define Source "..\..\dist\strategie-editor"

[Setup]
; The AppId identifies the program for updates and uninstalling: never change it.
AppId={{E1F5974E-0784-4808-B7BF-50AD39E783B1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Stadt Oberhausen
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user by default (officials rarely have administrator rights); /ALLUSERS for IT.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
ChangesAssociations=yes
SetupIconFile=strategie-editor.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-Setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; *.strategie opens in the editor on a double click (HKA: per user or for all users, as installed).
Root: HKA; Subkey: "Software\Classes\.strategie"; ValueType: string; ValueName: ""; ValueData: "StrategieEditor.Datei"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\StrategieEditor.Datei"; ValueType: string; ValueName: ""; ValueData: "Strategie-Datei"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\StrategieEditor.Datei\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\StrategieEditor.Datei\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
