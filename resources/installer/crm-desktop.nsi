; crm-desktop installer (NSIS 3, Unicode). Per user, no admin rights; Chinese and English.
;   makensis -DDIST=..\..\dist\crm-desktop -DVERSION=0.1.0 -DOUTFILE=crm-desktop-setup.exe crm-desktop.nsi
; The user's database lives in %LOCALAPPDATA%\crm-desktop\crm-desktop (platformdirs), outside
; the program folder, so upgrades and uninstalls never touch it unless the user asks.

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\crm-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "crm-desktop-${VERSION}-setup.exe"
!endif

!define APP "crm-desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define DATA_DIR "$LOCALAPPDATA\crm-desktop\crm-desktop"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define MUI_ICON "..\icons\crm-desktop.ico"
!define MUI_UNICON "..\icons\crm-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\crm-desktop.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString DESKTOP_LINK ${LANG_SIMPCHINESE} "客户管理 crm-desktop"
LangString DESKTOP_LINK ${LANG_ENGLISH} "crm-desktop"
LangString ASK_DELETE_DATA ${LANG_SIMPCHINESE} "是否同时删除客户数据库及其备份？$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\n选择“否”则保留数据，重新安装后可继续使用。"
LangString ASK_DELETE_DATA ${LANG_ENGLISH} "Also delete the customer database and its backups?$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\nChoose No to keep the data for a later installation."
LangString APP_RUNNING ${LANG_SIMPCHINESE} "crm-desktop 正在运行，请先关闭它再继续。"
LangString APP_RUNNING ${LANG_ENGLISH} "crm-desktop is running. Please close it, then continue."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "crm-desktop" SecMain
  SetShellVarContext current
  ; Upgrade: replace the program files of an older version; the data folder is elsewhere.
  IfFileExists "$INSTDIR\crm-desktop.exe" 0 fresh
    retry:
    ClearErrors
    Delete "$INSTDIR\crm-desktop.exe"
    IfErrors 0 +3
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" IDRETRY retry
      Abort
    RMDir /r "$INSTDIR\_internal"
  fresh:
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\$(DESKTOP_LINK).lnk" "$INSTDIR\crm-desktop.exe"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\$(DESKTOP_LINK).lnk" "$INSTDIR\crm-desktop.exe"

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "crm-desktop"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "crm-desktop"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\crm-desktop.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\$(DESKTOP_LINK).lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\crm-desktop.exe"
  Delete "$INSTDIR\crm-desktop-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  ; Keep the database unless the user says otherwise (silent uninstalls keep it too).
  IfSilent done
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(ASK_DELETE_DATA)" IDNO done
    RMDir /r "${DATA_DIR}"
  done:
SectionEnd
