package io.floorwatch.ui.tuning;

/** One agent's staged change as the preview shows it: "Spanish 2.0 → 3.5, + Billing 3.0". */
public record ChangeRow(String agentId, String agentName, String before, String after, String result) {
}
