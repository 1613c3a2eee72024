package io.floorwatch.config;

/**
 * Where notices of Floorwatch's writes go (for WFM or workflow systems): each queue created, each skill change.
 *
 * @param changeWebhookUrl a URL that takes a JSON POST; empty for none
 */
public record NoticeSettings(String changeWebhookUrl) {
    public NoticeSettings {
        changeWebhookUrl = changeWebhookUrl == null ? "" : changeWebhookUrl.trim();
        AlertSettings.webhookProblem(changeWebhookUrl).ifPresent(problem -> {
            throw new IllegalArgumentException("change webhook URL: " + problem);
        });
    }

    public static NoticeSettings none() {
        return new NoticeSettings("");
    }
}
