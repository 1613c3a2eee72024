package io.floorwatch.ui.tuning;

/** One queue of a what-if as the table shows it: each figure already in words ("6 → 8", "61 % → 84 %"). */
public record WhatIfRow(String queue, String skill, String callsPerHour, String aht, String target, String agents,
        String serviceLevel, String asa, String measured, String note) {
}
