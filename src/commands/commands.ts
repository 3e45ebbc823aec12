// The ribbon buttons only open the task pane (ShowTaskpane actions), so this function file registers no
// commands; it still initializes Office because the manifest's FunctionFile page is loaded by the host.
void Office.onReady();
