package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.model.AcwSettings;
import com.mypurecloud.sdk.v2.model.BaseMediaSettings;
import com.mypurecloud.sdk.v2.model.CallbackMediaSettings;
import com.mypurecloud.sdk.v2.model.Channel;
import com.mypurecloud.sdk.v2.model.ChannelTopic;
import com.mypurecloud.sdk.v2.model.MediaSettings;
import com.mypurecloud.sdk.v2.model.MediaSummary;
import com.mypurecloud.sdk.v2.model.ObservationMetricData;
import com.mypurecloud.sdk.v2.model.OrganizationPresence;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.QueueMediaSettings;
import com.mypurecloud.sdk.v2.model.QueueObservationDataContainer;
import com.mypurecloud.sdk.v2.model.RoutingSkill;
import com.mypurecloud.sdk.v2.model.ServiceLevel;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserConversationSummary;
import com.mypurecloud.sdk.v2.model.UserPresence;
import com.mypurecloud.sdk.v2.model.UserRoutingSkill;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.NotificationChannel;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.QueueObservation;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.SkillState;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.TopicSubscription;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** From SDK models to domain records, in one place, so no SDK type leaks out of this package. */
final class WireMapper {
    private WireMapper() {
    }

    static AgentSnapshot agent(User user) {
        Agent agent = new Agent(user.getId(), user.getName(), user.getEmail(),
                user.getTeam() == null ? "" : user.getTeam().getName(), user.getTitle(),
                user.getDivision() == null ? "" : user.getDivision().getId(),
                user.getDivision() == null ? "" : user.getDivision().getName());
        UserPresence presence = user.getPresence();
        SystemPresence system = SystemPresence.OFFLINE;
        String definitionId = null;
        Instant presenceSince = null;
        if (presence != null && presence.getPresenceDefinition() != null) {
            system = PresenceSpelling.fromRest(presence.getPresenceDefinition().getSystemPresence())
                    .orElse(SystemPresence.OFFLINE);
            definitionId = presence.getPresenceDefinition().getId();
            presenceSince = instant(presence.getModifiedDate());
        }
        RoutingStatus routing = RoutingStatus.OFF_QUEUE;
        Instant routingSince = null;
        if (user.getRoutingStatus() != null) {
            routing = routingStatus(user.getRoutingStatus().getStatus());
            routingSince = instant(user.getRoutingStatus().getStartTime());
        }
        List<String> skills = user.getSkills() == null ? List.of()
                : user.getSkills().stream().map(UserRoutingSkill::getName).filter(Objects::nonNull).toList();
        return new AgentSnapshot(agent, new AgentState(user.getId(), system, definitionId, presenceSince, routing,
                routingSince), skills, afterCallWork(user.getConversationSummary()));
    }

    /** Per media, the contact-center conversations in after-call work ({@code UserConversationSummary}). */
    private static Map<MediaType, Integer> afterCallWork(UserConversationSummary summary) {
        Map<MediaType, Integer> acw = new EnumMap<>(MediaType.class);
        if (summary == null) {
            return acw;
        }
        putAcw(acw, MediaType.CALL, summary.getCall());
        putAcw(acw, MediaType.CALLBACK, summary.getCallback());
        putAcw(acw, MediaType.CHAT, summary.getChat());
        putAcw(acw, MediaType.EMAIL, summary.getEmail());
        putAcw(acw, MediaType.MESSAGE, summary.getMessage());
        return acw;
    }

    private static void putAcw(Map<MediaType, Integer> acw, MediaType media, MediaSummary summary) {
        if (summary != null && summary.getContactCenter() != null && summary.getContactCenter().getAcw() != null
                && summary.getContactCenter().getAcw() > 0) {
            acw.put(media, summary.getContactCenter().getAcw());
        }
    }

    static RoutingStatus routingStatus(com.mypurecloud.sdk.v2.model.RoutingStatus.StatusEnum status) {
        if (status == null) {
            return RoutingStatus.OFF_QUEUE;
        }
        // A status newer than this SDK reads as OUTDATEDSDKVERSION; as far as we know it is not routable.
        return knownRoutingStatus(status.name()).orElse(RoutingStatus.OFF_QUEUE);
    }

    static PresenceDefinition presenceDefinition(OrganizationPresence definition) {
        String label = Optional.ofNullable(definition.getLanguageLabels()).map(l -> l.get("en_US"))
                .orElse(definition.getName() == null ? definition.getSystemPresence() : definition.getName());
        return new PresenceDefinition(definition.getId(), label,
                PresenceSpelling.fromRest(definition.getSystemPresence()).orElse(SystemPresence.OFFLINE),
                Boolean.TRUE.equals(definition.getPrimary()));
    }

    static Skill skill(RoutingSkill skill) {
        return new Skill(skill.getId(), skill.getName(), skillState(skill.getState() == null ? null
                : skill.getState().toString()));
    }

    static SkillAssignment assignment(UserRoutingSkill skill) {
        return new SkillAssignment(skill.getId(), skill.getName(),
                skill.getProficiency() == null ? 0.0 : skill.getProficiency(),
                skillState(skill.getState() == null ? null : skill.getState().toString()));
    }

    static SkillState skillState(String wire) {
        if (wire == null) {
            return SkillState.ACTIVE;
        }
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "inactive" -> SkillState.INACTIVE;
            case "deleted" -> SkillState.DELETED;
            default -> SkillState.ACTIVE;
        };
    }

    static RoutingQueue queue(Queue queue) {
        Map<String, io.floorwatch.domain.MediaSettings> media = new HashMap<>();
        QueueMediaSettings settings = queue.getMediaSettings();
        if (settings != null) {
            putMedia(media, "call", settings.getCall());
            putMedia(media, "chat", settings.getChat());
            putMedia(media, "email", settings.getEmail());
            putMedia(media, "message", settings.getMessage());
            CallbackMediaSettings callback = settings.getCallback();
            if (callback != null) {
                media.put("callback", new io.floorwatch.domain.MediaSettings(callback.getAlertingTimeoutSeconds(),
                        percentage(callback.getServiceLevel()), duration(callback.getServiceLevel()),
                        callback.getEnableAutoAnswer(), callback.getAutoAnswerAlertToneSeconds(),
                        callback.getManualAnswerAlertToneSeconds(), subTypes(callback.getSubTypeSettings())));
            }
        }
        AcwSettings acw = queue.getAcwSettings();
        QueueSettings domain = new QueueSettings(queue.getName(), queue.getDescription(),
                queue.getDivision() == null ? null : queue.getDivision().getId(),
                queue.getSkillEvaluationMethod() == null ? null
                        : SkillEvaluationMethod.valueOf(queue.getSkillEvaluationMethod().toString()),
                acw == null || acw.getWrapupPrompt() == null ? null : acw.getWrapupPrompt().toString(),
                acw == null || acw.getTimeoutMs() == null ? null : acw.getTimeoutMs().longValue(),
                media);
        return new RoutingQueue(queue.getId(), domain, nonNull(queue.getMemberCount()),
                nonNull(queue.getJoinedMemberCount()), instant(queue.getDateModified()));
    }

    private static void putMedia(Map<String, io.floorwatch.domain.MediaSettings> media, String type,
            MediaSettings settings) {
        if (settings != null) {
            media.put(type, new io.floorwatch.domain.MediaSettings(settings.getAlertingTimeoutSeconds(),
                    percentage(settings.getServiceLevel()), duration(settings.getServiceLevel()),
                    settings.getEnableAutoAnswer(), settings.getAutoAnswerAlertToneSeconds(),
                    settings.getManualAnswerAlertToneSeconds(), subTypes(settings.getSubTypeSettings())));
        }
    }

    private static Map<String, Boolean> subTypes(Map<String, BaseMediaSettings> settings) {
        Map<String, Boolean> autoAnswer = new TreeMap<>();
        if (settings != null) {
            settings.forEach((subType, s) -> {
                if (s != null && s.getEnableAutoAnswer() != null) {
                    autoAnswer.put(subType, s.getEnableAutoAnswer());
                }
            });
        }
        return autoAnswer;
    }

    private static Double percentage(ServiceLevel level) {
        return level == null ? null : level.getPercentage();
    }

    private static Long duration(ServiceLevel level) {
        return level == null ? null : level.getDurationMs();
    }

    static QueueMember member(com.mypurecloud.sdk.v2.model.QueueMember member) {
        return new QueueMember(member.getId(), member.getName(), Boolean.TRUE.equals(member.getJoined()),
                nonNull(member.getRingNumber()),
                member.getRoutingStatus() == null ? null : routingStatus(member.getRoutingStatus().getStatus()));
    }

    /** Folds the grouped results (user metrics by queue; conversation metrics by queue and media) per queue. */
    static List<QueueObservation> observations(List<QueueObservationDataContainer> results, List<String> queueIds,
            Instant now) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<RoutingStatus, Integer>> statuses = new HashMap<>();
        Map<String, Long> longest = new HashMap<>();
        Map<String, Map<String, Integer>> requested = new HashMap<>();
        Map<String, Map<String, int[]>> byMedia = new HashMap<>();
        for (QueueObservationDataContainer container : results == null ? List.<QueueObservationDataContainer>of()
                : results) {
            String queueId = container.getGroup() == null ? null : container.getGroup().get("queueId");
            if (queueId == null || container.getData() == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(queueId, k -> new int[5]);
            String mediaType = container.getGroup().get("mediaType");
            int[] media = mediaType == null ? new int[2]
                    : byMedia.computeIfAbsent(queueId, k -> new HashMap<>()).computeIfAbsent(mediaType, k -> new int[2]);
            for (ObservationMetricData data : container.getData()) {
                long count = data.getStats() == null || data.getStats().getCount() == null ? 0
                        : data.getStats().getCount();
                switch (data.getMetric() == null ? "" : data.getMetric()) {
                    case "oMemberUsers" -> c[0] += (int) count;
                    case "oOnQueueUsers" -> c[1] += (int) count;
                    case "oOffQueueUsers" -> c[2] += (int) count;
                    case "oWaiting" -> {
                        c[3] += (int) count;
                        media[0] += (int) count;
                        oldestWaiting(data).ifPresent(since -> longest.merge(queueId,
                                Math.max(0, now.toEpochMilli() - since), Math::max));
                        if (data.getObservations() != null) {
                            data.getObservations().forEach(o -> {
                                if (o.getRequestedRoutingSkillIds() != null) {
                                    o.getRequestedRoutingSkillIds().forEach(skill -> requested.computeIfAbsent(
                                            queueId, k -> new HashMap<>()).merge(skill, 1, Integer::sum));
                                }
                            });
                        }
                    }
                    case "oInteracting" -> {
                        c[4] += (int) count;
                        media[1] += (int) count;
                    }
                    case "oUserRoutingStatuses" -> knownRoutingStatus(data.getQualifier()).ifPresent(status ->
                            statuses.computeIfAbsent(queueId, k -> new EnumMap<>(RoutingStatus.class))
                                    .merge(status, (int) count, Integer::sum));
                    default -> {
                        // other metrics are not part of the domain observation
                    }
                }
            }
        }
        return queueIds.stream().map(id -> {
            int[] c = counts.getOrDefault(id, new int[5]);
            // The skill asked for most; on a tie the first by name, so the same waits name the same skill.
            String skill = requested.getOrDefault(id, Map.of()).entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
            return new QueueObservation(id, c[0], c[1], c[2], statuses.getOrDefault(id, Map.of()), c[3], c[4],
                    longest.getOrDefault(id, 0L), true, byMedia.getOrDefault(id, Map.of()), skill);
        }).toList();
    }

    /**
     * The arrival of the longest-waiting interaction, from the detail observations of {@code oWaiting} (one per
     * waiting conversation, each with its {@code observationDate}): the current longest wait is now minus the
     * oldest of them.
     */
    private static OptionalLong oldestWaiting(ObservationMetricData data) {
        if (data.getObservations() == null) {
            return OptionalLong.empty();
        }
        return data.getObservations().stream().filter(o -> o.getObservationDate() != null)
                .mapToLong(o -> o.getObservationDate().getTime()).min();
    }

    /** A routing status named in a metric qualifier, if it is one this version knows. */
    static Optional<RoutingStatus> knownRoutingStatus(String name) {
        for (RoutingStatus status : RoutingStatus.values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    static NotificationChannel channel(Channel channel) {
        return new NotificationChannel(channel.getId(), channel.getConnectUri(), instant(channel.getExpires()));
    }

    static TopicSubscription topic(ChannelTopic topic) {
        boolean permitted = topic.getState() == null || "Permitted".equalsIgnoreCase(topic.getState().toString());
        return new TopicSubscription(topic.getId(), permitted, topic.getRejectionReason());
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static int nonNull(Integer value) {
        return value == null ? 0 : value;
    }

    /** Genesys' utilisation map (media type to {@code MediaUtilization}) as the domain's; null reads as empty. */
    static Map<String, io.floorwatch.domain.MediaUtilization> utilization(
            Map<String, com.mypurecloud.sdk.v2.model.MediaUtilization> wire) {
        Map<String, io.floorwatch.domain.MediaUtilization> media = new TreeMap<>();
        if (wire != null) {
            wire.forEach((type, m) -> media.put(type, new io.floorwatch.domain.MediaUtilization(
                    m.getMaximumCapacity() == null ? 0 : m.getMaximumCapacity(), m.getInterruptableMediaTypes(),
                    Boolean.TRUE.equals(m.getIncludeNonAcd()))));
        }
        return media;
    }

    static Map<String, com.mypurecloud.sdk.v2.model.MediaUtilization> utilizationRequest(
            Map<String, io.floorwatch.domain.MediaUtilization> media) {
        Map<String, com.mypurecloud.sdk.v2.model.MediaUtilization> wire = new LinkedHashMap<>();
        media.forEach((type, m) -> wire.put(type, new com.mypurecloud.sdk.v2.model.MediaUtilization()
                .maximumCapacity(m.maximumCapacity()).interruptableMediaTypes(m.interruptableMediaTypes())
                .includeNonAcd(m.includeNonAcd())));
        return wire;
    }
}
