; Inno Setup script: the Windows installer for Relate (Inno Setup 6.3 or newer).
;
; Build the program first (on Windows, from the repository root):
;     pyinstaller --noconfirm packaging\relate.spec
; then compile this script, from the repository root:
;     iscc packaging\windows\relate.iss
; The installer is written to dist\relate-desktop-<version>-setup.exe. The version is read
; from the built program's version resource (which the spec takes from pyproject.toml);
; /DAppVersion=1.2.3 on the iscc command line overrides it.
;
; What it does: a per-machine install into Program Files (administrator rights), a Start
; menu entry, relate:// links opening Relate, and an uninstaller. The shop's data lives in
; each user's own folders (%LOCALAPPDATA%\Relate: database, backups, drafts, settings, logs),
; which the installer never writes and the uninstaller never removes: uninstalling and
; installing a newer version keeps every customer, remark and escalation.

#define AppName "Relate"
#define AppExeName "relate-desktop.exe"
#define AppCliName "relate-desktop-cli.exe"
#define BuildDir AddBackslash(SourcePath) + "..\..\dist\relate-desktop"
; The same identity the program gives itself (relate_desktop/app.py WINDOWS_APP_ID), so
; its taskbar button and a pinned Start menu shortcut are one and the same.
#define AppUserModelID "io.relate.Desktop"
#if !FileExists(BuildDir + "\" + AppExeName)
  #error The built program is missing: run "pyinstaller --noconfirm packaging\relate.spec" first
#endif
; As written in pyproject.toml (e.g. 0.1.0), and as four numbers for the version resource.
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BuildDir + "\" + AppExeName, "ProductVersion")
#endif
#define AppVersionNumbers GetVersionNumbersString(BuildDir + "\" + AppExeName)

[Setup]
; AppId identifies Relate to Windows across versions: never change it, or an upgrade would
; install beside the old version instead of over it.
AppId={{6B0E2C1A-5F3D-4C7B-9E21-8A4D3F6C1B57}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Relate
AppComments=The shop's memory of its customers
AppCopyright=Relate
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany=Relate
VersionInfoDescription={#AppName} installer
VersionInfoCopyright=Relate
; Per machine: every member of staff who signs in to this PC finds Relate in the Start menu.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=..\..\resources\icons\relate.ico
WizardStyle=modern
OutputDir=..\..\dist
OutputBaseFilename=relate-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; An upgrade closes a running Relate first (its drafts are on disk) and starts it again.
CloseApplications=yes
RestartApplications=yes
; Tells Explorer the relate:// handler changed.
ChangesAssociations=yes
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: both programs and _internal\ with Python, Qt and the migrations.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not leave an older version's libraries or migrations behind beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Look a customer up, remember the little things, log what they say"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Registry]
; relate:// links (from a softphone, a PBX or a web page) start Relate with the link as its
; argument. HKA is HKLM in this administrative install: for every user of the PC.
Root: HKA; Subkey: "Software\Classes\relate"; ValueType: string; ValueName: ""; ValueData: "URL:Relate"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\relate"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\relate\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"",0"
Root: HKA; Subkey: "Software\Classes\relate\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Run]
; postinstall: runs as the person who started Setup, not as the administrator.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and nothing in [Code] deletes anything: the uninstaller removes only
; the files it installed (and {app} when that leaves it empty), never the shop's data folders.

[Code]
// After copying: the installed program stores and reads back a remark and an escalation in
// a temporary folder, as the person who started Setup. A failure is said plainly (and
// logged for silent roll-outs) instead of surfacing later at the counter.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Checker: String;
begin
  if CurStep = ssPostInstall then
  begin
    Checker := ExpandConstant('{app}\{#AppCliName}');
    WizardForm.StatusLabel.Caption := 'Checking the installation...';
    if not ExecAsOriginalUser(Checker, '--self-check', '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
      ResultCode := -1;
    if ResultCode <> 0 then
    begin
      Log(Format('Self-check failed with code %d', [ResultCode]));
      SuppressibleMsgBox('Relate was installed, but its self-check failed (code ' + IntToStr(ResultCode) +
        '). Run "' + Checker + '" --self-check in a command prompt to see why.', mbError, MB_OK, IDOK);
    end;
  end;
end;
