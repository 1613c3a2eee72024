package io.floorwatch.genesys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.WorkforceManagementApi;
import com.mypurecloud.sdk.v2.model.BuAgentScheduleActivity;
import com.mypurecloud.sdk.v2.model.BuAgentScheduleSearchResponse;
import com.mypurecloud.sdk.v2.model.BuAgentScheduleShift;
import com.mypurecloud.sdk.v2.model.BuAgentSchedulesSearchResponse;
import com.mypurecloud.sdk.v2.model.BuAsyncAgentSchedulesSearchResponse;
import com.mypurecloud.sdk.v2.model.BuSearchAgentSchedulesRequest;
import com.mypurecloud.sdk.v2.model.BusinessUnitActivityCode;
import com.mypurecloud.sdk.v2.model.BusinessUnitActivityCodeListing;
import com.mypurecloud.sdk.v2.model.ManagementUnitListing;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserScheduleAdherence;
import com.mypurecloud.sdk.v2.model.UserScheduleAdherenceListing;
import com.mypurecloud.sdk.v2.model.WfmUserEntityListing;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.ActivityCode;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.ManagementUnit;
import io.floorwatch.domain.ScheduledActivity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Workforce management (wire notes, "Workforce management and adherence"): management units and their agents,
 * a business unit's activity codes, agents' published schedules and each unit's real-time adherence. Large
 * answers may come through Genesys' download service (a {@code downloadUrl} to fetch without our token); a
 * schedule search Genesys answers later ({@code Processing}) is reported as not ready, to be read again.
 */
public final class Workforce {
    /** Schedules are searched {@value} agents at a time, well within what one answer holds inline. */
    static final int AGENTS_A_SEARCH = 100;

    private final GenesysGateway gateway;
    private final WorkforceManagementApi wfm;
    private final ObjectMapper json;
    private final HttpClient downloads;

    Workforce(GenesysGateway gateway, ApiClient client, Duration timeout) {
        this.gateway = gateway;
        this.wfm = new WorkforceManagementApi(client);
        this.json = client.getObjectMapper();
        this.downloads = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Every management unit the token may see. */
    public List<ManagementUnit> managementUnits() {
        return GenesysGateway.allPages(number -> {
            ManagementUnitListing listing = gateway.call("List management units", true,
                    () -> wfm.getWorkforcemanagementManagementunits(GenesysGateway.MEMBER_PAGE, number, null, null,
                            null));
            return GenesysGateway.page(listing.getEntities(), mu -> new ManagementUnit(mu.getId(),
                    Objects.requireNonNullElse(mu.getName(), mu.getId()),
                    mu.getBusinessUnit() == null ? "" : mu.getBusinessUnit().getId(),
                    Objects.requireNonNullElse(mu.getTimeZone(), "UTC")), listing.getPageNumber(),
                    listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    /** The ids of a management unit's agents. */
    public List<String> agentsOf(String managementUnitId) {
        WfmUserEntityListing listing = gateway.call("List the agents of management unit " + managementUnitId, true,
                () -> wfm.getWorkforcemanagementManagementunitUsers(managementUnitId));
        return listing.getEntities() == null ? List.of()
                : listing.getEntities().stream().map(User::getId).filter(Objects::nonNull).toList();
    }

    /** A business unit's activity codes, inactive ones too (old schedules may still use them). */
    public List<ActivityCode> activityCodes(String businessUnitId) {
        BusinessUnitActivityCodeListing listing = gateway.call("List the activity codes of business unit "
                + businessUnitId, true, () -> wfm.getWorkforcemanagementBusinessunitActivitycodes(businessUnitId,
                null));
        List<ActivityCode> codes = new ArrayList<>();
        if (listing.getEntities() != null) {
            for (BusinessUnitActivityCode code : listing.getEntities()) {
                ActivityCategory category = code.getCategory() == null ? ActivityCategory.UNSCHEDULED
                        : ActivityCategory.fromWire(code.getCategory().toString())
                                .orElse(ActivityCategory.UNSCHEDULED);
                codes.add(new ActivityCode(code.getId(), Objects.requireNonNullElse(code.getName(), code.getId()),
                        category));
            }
        }
        return codes;
    }

    /**
     * The published schedules of these agents over {@code [from, to)}; each activity's category is its code's in
     * {@code codes} (unscheduled for a code not there).
     */
    public List<AgentSchedule> schedules(String managementUnitId, List<String> userIds, Instant from, Instant to,
            Map<String, ActivityCode> codes) {
        return schedules(managementUnitId, userIds, from, to, codes, null);
    }

    /** As above; {@code forceDownload} asks Genesys to answer through its download service (for tests). */
    List<AgentSchedule> schedules(String managementUnitId, List<String> userIds, Instant from, Instant to,
            Map<String, ActivityCode> codes, Boolean forceDownload) {
        List<AgentSchedule> schedules = new ArrayList<>();
        for (int start = 0; start < userIds.size(); start += AGENTS_A_SEARCH) {
            List<String> chunk = userIds.subList(start, Math.min(userIds.size(), start + AGENTS_A_SEARCH));
            BuSearchAgentSchedulesRequest body = new BuSearchAgentSchedulesRequest().startDate(Date.from(from))
                    .endDate(Date.from(to)).userIds(chunk);
            BuAsyncAgentSchedulesSearchResponse answer = gateway.call("Read the schedules of " + chunk.size()
                    + " agents", true, () -> wfm.postWorkforcemanagementManagementunitAgentschedulesSearch(
                            managementUnitId, false, forceDownload, body));
            BuAgentSchedulesSearchResponse result = resultOf(answer, managementUnitId);
            if (result.getAgentSchedules() != null) {
                result.getAgentSchedules().forEach(s -> schedules.add(schedule(s, codes)));
            }
        }
        return schedules;
    }

    private BuAgentSchedulesSearchResponse resultOf(BuAsyncAgentSchedulesSearchResponse answer, String unit) {
        if (answer.getDownloadUrl() != null && !answer.getDownloadUrl().isBlank()) {
            return download(answer.getDownloadUrl(), BuAgentSchedulesSearchResponse.class, "schedules");
        }
        if (answer.getResult() != null) {
            return answer.getResult();
        }
        String status = answer.getStatus() == null ? "no status" : answer.getStatus().toString();
        throw new GenesysException(GenesysException.NO_RESPONSE, "schedules.not.ready", "The schedules of "
                + "management unit " + unit + " are not ready (" + status + "); they are read again shortly", null);
    }

    private static AgentSchedule schedule(BuAgentScheduleSearchResponse agent, Map<String, ActivityCode> codes) {
        List<ScheduledActivity> activities = new ArrayList<>();
        if (agent.getShifts() != null) {
            for (BuAgentScheduleShift shift : agent.getShifts()) {
                if (shift.getActivities() == null) {
                    continue;
                }
                for (BuAgentScheduleActivity activity : shift.getActivities()) {
                    if (activity.getStartDate() == null || activity.getLengthMinutes() == null) {
                        continue;
                    }
                    String code = Objects.requireNonNullElse(activity.getActivityCodeId(), "");
                    ActivityCategory category = codes.containsKey(code) ? codes.get(code).category()
                            : ActivityCategory.UNSCHEDULED;
                    activities.add(new ScheduledActivity(activity.getStartDate().toInstant(),
                            Duration.ofMinutes(activity.getLengthMinutes()), code, category,
                            activity.getDescription()));
                }
            }
        }
        String userId = agent.getUser() == null ? "" : agent.getUser().getId();
        return new AgentSchedule(Objects.requireNonNullElse(userId, ""), activities);
    }

    /** Every agent's adherence in the unit now. */
    public List<Adherence> adherence(String managementUnitId) {
        return adherence(managementUnitId, null);
    }

    List<Adherence> adherence(String managementUnitId, Boolean forceDownload) {
        UserScheduleAdherenceListing listing = gateway.call("Read the adherence of management unit "
                + managementUnitId, true, () -> wfm.getWorkforcemanagementManagementunitAdherence(managementUnitId,
                forceDownload));
        if (listing.getDownloadUrl() != null && !listing.getDownloadUrl().isBlank()) {
            listing = download(listing.getDownloadUrl(), UserScheduleAdherenceListing.class, "adherence");
        }
        Instant readAt = gateway.now();
        List<Adherence> all = new ArrayList<>();
        if (listing.getEntities() != null) {
            for (UserScheduleAdherence record : listing.getEntities()) {
                AdherenceWire.fromRecord(record, managementUnitId, readAt).ifPresent(all::add);
            }
        }
        return all;
    }

    /** A result Genesys left in its download service: a plain GET of a signed URL, without our token. */
    private <T> T download(String url, Class<T> type, String what) {
        try {
            HttpResponse<byte[]> response = downloads.send(HttpRequest.newBuilder(URI.create(url)).GET()
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new GenesysException(response.statusCode(), "download.failed", "Fetching the " + what
                        + " from Genesys' download service answered HTTP " + response.statusCode(), null);
            }
            return json.readValue(response.body(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new GenesysException(GenesysException.NO_RESPONSE, "download.failed", "Fetching the " + what
                    + " from Genesys' download service failed: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysException(GenesysException.NO_RESPONSE, "interrupted", "Cancelled", null);
        }
    }
}
