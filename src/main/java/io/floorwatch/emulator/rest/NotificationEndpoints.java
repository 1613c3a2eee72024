package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.emulator.notify.ChannelRegistry;
import io.floorwatch.emulator.notify.EmChannel;

import java.util.ArrayList;
import java.util.List;

/** Notification channels and their subscriptions (POST adds, PUT replaces, DELETE clears). */
final class NotificationEndpoints {
    private final ChannelRegistry channels;
    private final WireViews views;

    NotificationEndpoints(ChannelRegistry channels, WireViews views) {
        this.channels = channels;
        this.views = views;
    }

    void register(Router router) {
        String base = "/api/v2/notifications/channels";
        router.add("POST", base, this::create)
                .add("GET", base, this::list)
                .add("HEAD", base + "/{channelId}", this::head)
                .add("GET", base + "/{channelId}/subscriptions", this::subscriptions)
                .add("POST", base + "/{channelId}/subscriptions", e -> subscribe(e, false))
                .add("PUT", base + "/{channelId}/subscriptions", e -> subscribe(e, true))
                .add("DELETE", base + "/{channelId}/subscriptions", this::unsubscribeAll);
    }

    private HttpReply create(Exchange exchange) {
        return HttpReply.ok(views.channel(channels.create(exchange.token.clientId, exchange.token.value)));
    }

    private HttpReply list(Exchange exchange) {
        String include = exchange.query("includechannels");
        if (include != null && !include.equals("token") && !include.equals("oauthclient")) {
            throw ApiError.badRequest("Invalid value for includechannels: " + include + " (token or oauthclient)");
        }
        List<EmChannel> list = channels.list(exchange.token.clientId, exchange.token.value,
                "oauthclient".equals(include));
        return HttpReply.ok(Listing.entities(list, views::channel));
    }

    private HttpReply head(Exchange exchange) {
        channel(exchange);
        return HttpReply.empty(200);
    }

    private HttpReply subscriptions(Exchange exchange) {
        return HttpReply.ok(views.channelTopics(channel(exchange).topics()));
    }

    private HttpReply subscribe(Exchange exchange, boolean replace) {
        EmChannel channel = channel(exchange);
        JsonNode body = exchange.json();
        if (!body.isArray()) {
            throw ApiError.badRequest("The body must be a JSON array of {\"id\": topic}");
        }
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String topic = body.get(i).path("id").asText("");
            if (topic.isEmpty()) {
                throw ApiError.badRequest("body[" + i + "].id: topic is required");
            }
            topics.add(topic);
        }
        try {
            return HttpReply.ok(views.channelTopics(channels.subscribe(channel, topics, replace)));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private HttpReply unsubscribeAll(Exchange exchange) {
        channels.unsubscribeAll(channel(exchange));
        return HttpReply.empty(204);
    }

    private EmChannel channel(Exchange exchange) {
        return channels.find(exchange.path("channelId"), exchange.token.clientId).orElseThrow(ApiError::notFound);
    }
}
