package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.ActivityCode;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.emulator.notify.AdherenceWire;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.EmWorkforce;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Workforce management as Genesys serves it (wire notes, "Workforce management and adherence"): management units,
 * a unit's agents, the business unit's activity codes, agents' published schedules and a unit's real-time
 * adherence. Units are not limited by division here; their agents are, as users are. The schedule search always
 * answers at once ({@code Complete}); it and the adherence read answer through the download service when asked to
 * ({@code forceDownloadService=true}).
 */
final class WorkforceEndpoints {
    private static final String PREFIX = "/api/v2/workforcemanagement";
    /** "Get management units" lists for any of many WFM view permissions; these are the ones modelled. */
    private static final String[] LIST_VIEW = {GenesysPermissions.MANAGEMENT_UNIT_VIEW,
            GenesysPermissions.REALTIME_ADHERENCE_VIEW, GenesysPermissions.PUBLISHED_SCHEDULE_VIEW,
            GenesysPermissions.SCHEDULE_VIEW, GenesysPermissions.WFM_AGENT_VIEW,
            GenesysPermissions.ACTIVITY_CODE_VIEW};

    private final OrgDirectory org;
    private final EmWorkforce workforce;
    private final Downloads downloads;

    WorkforceEndpoints(OrgDirectory org, Downloads downloads) {
        this.org = org;
        this.workforce = org.workforce();
        this.downloads = downloads;
    }

    void register(Router router) {
        router.add("GET", PREFIX + "/managementunits", Permissions.requires(this::units, LIST_VIEW))
                .add("GET", PREFIX + "/managementunits/{managementUnitId}/users",
                        Permissions.requires(this::agents, LIST_VIEW))
                .add("GET", PREFIX + "/businessunits/{businessUnitId}/activitycodes",
                        Permissions.requires(this::activityCodes, LIST_VIEW))
                .add("POST", PREFIX + "/managementunits/{managementUnitId}/agentschedules/search",
                        Permissions.requires(this::schedules, GenesysPermissions.PUBLISHED_SCHEDULE_VIEW,
                                GenesysPermissions.SCHEDULE_VIEW))
                .add("GET", PREFIX + "/managementunits/{managementUnitId}/adherence",
                        Permissions.requires(this::adherence, GenesysPermissions.REALTIME_ADHERENCE_VIEW));
    }

    private HttpReply units(Exchange exchange) {
        return HttpReply.ok(Listing.page(exchange, workforce.units(), unit -> {
            ObjectNode body = Json.object();
            body.put("id", unit.id());
            body.put("name", unit.name());
            body.putObject("businessUnit").put("id", workforce.businessUnitId());
            body.put("timeZone", EmWorkforce.TIME_ZONE);
            body.put("startDayOfWeek", "Monday");
            body.put("selfUri", PREFIX + "/managementunits/" + unit.id());
            return body;
        }, Listing.paging(exchange, 25, 100), true));
    }

    private HttpReply agents(Exchange exchange) {
        return HttpReply.ok(Listing.entities(visibleAgents(exchange), user -> {
            ObjectNode body = Json.object();
            body.put("id", user.id());
            body.put("name", user.name());
            body.put("selfUri", "/api/v2/users/" + user.id());
            return body;
        }));
    }

    private HttpReply activityCodes(Exchange exchange) {
        if (!workforce.businessUnitId().equals(exchange.path("businessUnitId"))) {
            throw ApiError.notFound("Business unit " + exchange.path("businessUnitId") + " not found");
        }
        return HttpReply.ok(Listing.entities(workforce.activityCodes(), this::activityCode));
    }

    private JsonNode activityCode(ActivityCode code) {
        ObjectNode body = Json.object();
        body.put("id", code.id());
        body.put("name", code.name());
        body.put("active", true);
        body.put("defaultCode", true);
        body.put("category", code.category().wireName());
        body.put("countsAsPaidTime", true);
        body.put("countsAsWorkTime", code.category().onQueue());
        return body;
    }

    private HttpReply schedules(Exchange exchange) {
        EmWorkforce.Unit unit = unit(exchange);
        JsonNode request = exchange.json();
        Instant from = date(request, "startDate");
        Instant to = date(request, "endDate");
        if (!to.isAfter(from)) {
            throw ApiError.badRequest("endDate must be after startDate");
        }
        List<String> asked = new ArrayList<>();
        request.path("userIds").forEach(id -> asked.add(id.asText()));
        ObjectNode result = Json.object();
        ArrayNode agents = result.putArray("agentSchedules");
        for (String userId : asked.isEmpty() ? unit.userIds() : asked) {
            if (!unit.userIds().contains(userId)) {
                continue; // Genesys answers for the unit's agents only
            }
            ObjectNode agent = agents.addObject();
            agent.putObject("user").put("id", userId);
            ArrayNode shifts = agent.putArray("shifts");
            List<ScheduledActivity> activities = workforce.scheduleBetween(userId, from, to);
            if (!activities.isEmpty()) {
                shifts.add(shift(userId, activities));
            }
            agent.putArray("fullDayTimeOffMarkers");
        }
        result.put("businessUnitTimeZone", EmWorkforce.TIME_ZONE);
        result.putArray("publishedSchedules");
        ObjectNode answer = Json.object();
        answer.put("status", "Complete");
        if (exchange.queryBool("forceDownloadService", false)) {
            answer.put("downloadUrl", downloads.leave(exchange, result));
        } else {
            answer.set("result", result);
        }
        return HttpReply.ok(answer);
    }

    /** The day's activities as one shift: from the first activity's start to the last one's end. */
    private static ObjectNode shift(String userId, List<ScheduledActivity> activities) {
        ObjectNode shift = Json.object();
        Instant start = activities.get(0).start();
        Instant end = activities.stream().map(ScheduledActivity::end).max(Instant::compareTo).orElse(start);
        shift.put("id", userId + "-" + start.getEpochSecond());
        shift.put("startDate", Json.date(start));
        shift.put("lengthMinutes", minutes(start, end));
        ArrayNode list = shift.putArray("activities");
        for (ScheduledActivity activity : activities) {
            ObjectNode item = list.addObject();
            item.put("startDate", Json.date(activity.start()));
            item.put("lengthMinutes", minutes(activity.start(), activity.end()));
            item.put("description", activity.description());
            item.put("activityCodeId", activity.activityCodeId());
            item.put("paid", true);
        }
        shift.put("manuallyEdited", false);
        return shift;
    }

    private static int minutes(Instant from, Instant to) {
        return (int) Math.max(1, Math.round((to.toEpochMilli() - from.toEpochMilli()) / 60_000.0));
    }

    private HttpReply adherence(Exchange exchange) {
        EmWorkforce.Unit unit = unit(exchange);
        ObjectNode listing = Json.object();
        ArrayNode entities = listing.putArray("entities");
        for (EmUser user : visibleAgents(exchange, unit)) {
            workforce.adherence(user.id()).ifPresent(a -> entities.add(AdherenceWire.record(a, user, user.status(),
                    org.activeQueueIdsOf(user.id()))));
        }
        if (exchange.queryBool("forceDownloadService", false)) {
            ObjectNode pointer = Json.object();
            pointer.put("downloadUrl", downloads.leave(exchange, listing));
            return HttpReply.ok(pointer);
        }
        return HttpReply.ok(listing);
    }

    private List<EmUser> visibleAgents(Exchange exchange) {
        return visibleAgents(exchange, unit(exchange));
    }

    private List<EmUser> visibleAgents(Exchange exchange, EmWorkforce.Unit unit) {
        return unit.userIds().stream().flatMap(id -> org.user(id).stream())
                .filter(u -> exchange.sees(u.divisionId())).toList();
    }

    private EmWorkforce.Unit unit(Exchange exchange) {
        String id = exchange.path("managementUnitId");
        return workforce.unit(id).orElseThrow(() -> ApiError.notFound("Management unit " + id + " not found"));
    }

    private static Instant date(JsonNode request, String field) {
        String text = request.path(field).asText("");
        if (text.isEmpty()) {
            throw ApiError.badRequest(field + " is required");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(field + " '" + text + "' is not an ISO-8601 date-time");
        }
    }
}
