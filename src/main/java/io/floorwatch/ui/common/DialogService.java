package io.floorwatch.ui.common;

/** Dialogs as ViewModels ask for them; replaced in tests. */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);
}
