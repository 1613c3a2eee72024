package io.floorwatch.domain;

/** The look of the window. */
public enum Theme {
    LIGHT,
    DARK
}
