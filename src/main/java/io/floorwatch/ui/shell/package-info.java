/** The main window: navigation between screens, the status bar (connection, token, rate budget). */
package io.floorwatch.ui.shell;
