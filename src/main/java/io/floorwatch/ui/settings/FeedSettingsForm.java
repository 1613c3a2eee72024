package io.floorwatch.ui.settings;

import io.floorwatch.config.FeedSettings;
import io.floorwatch.domain.ScoreWeights;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The feeds part of the settings form: where agent state and queue metrics come from, the Kafka cluster, topics
 * and consumer group, and the queue score's weights. Each field is validated with a message that names it.
 */
public final class FeedSettingsForm {

    private static final String AGENTS_FROM_GENESYS = "Genesys notifications (this desktop subscribes)";
    private static final String AGENTS_FROM_KAFKA = "Kafka topic (from floorwatch collect)";
    private static final String QUEUES_AUTOMATIC = "Automatic: Kafka if servers are set, else observations";
    private static final String QUEUES_FROM_KAFKA = "Kafka topic (upstream metrics)";
    private static final String QUEUES_FROM_OBSERVATIONS = "Genesys queue observations";

    private final ObjectProperty<String> agentSource = new SimpleObjectProperty<>(this, "agentSource");
    private final ObjectProperty<String> queueSource = new SimpleObjectProperty<>(this, "queueSource");
    private final StringProperty bootstrap = new SimpleStringProperty(this, "bootstrap", "");
    private final StringProperty queueTopic = new SimpleStringProperty(this, "queueTopic", "");
    private final StringProperty agentTopic = new SimpleStringProperty(this, "agentTopic", "");
    private final StringProperty groupId = new SimpleStringProperty(this, "groupId", "");
    private final StringProperty waitWeight = new SimpleStringProperty(this, "waitWeight", "");
    private final StringProperty availabilityWeight = new SimpleStringProperty(this, "availabilityWeight", "");
    private final StringProperty abandonWeight = new SimpleStringProperty(this, "abandonWeight", "");
    private final ReadOnlyStringWrapper bootstrapError = new ReadOnlyStringWrapper(this, "bootstrapError", "");
    private final ReadOnlyStringWrapper topicError = new ReadOnlyStringWrapper(this, "topicError", "");
    private final ReadOnlyStringWrapper groupError = new ReadOnlyStringWrapper(this, "groupError", "");
    private final ReadOnlyStringWrapper weightsError = new ReadOnlyStringWrapper(this, "weightsError", "");

    FeedSettingsForm(FeedSettings current) {
        agentSource.set(current.agentSource() == FeedSettings.AgentSource.KAFKA ? AGENTS_FROM_KAFKA
                : AGENTS_FROM_GENESYS);
        queueSource.set(switch (current.queueSource()) {
            case AUTO -> QUEUES_AUTOMATIC;
            case KAFKA -> QUEUES_FROM_KAFKA;
            case OBSERVATIONS -> QUEUES_FROM_OBSERVATIONS;
        });
        bootstrap.set(current.bootstrapServers());
        queueTopic.set(current.queueTopic());
        agentTopic.set(current.agentTopic());
        groupId.set(current.groupId());
        waitWeight.set(number(current.weights().waitWeight()));
        availabilityWeight.set(number(current.weights().availabilityWeight()));
        abandonWeight.set(number(current.weights().abandonWeight()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /**
     * Checks every field and sets each one's message.
     *
     * @param demo in demo mode the embedded broker is used, so no bootstrap servers are needed
     */
    boolean validate(boolean demo) {
        bootstrapError.set("");
        topicError.set("");
        groupError.set("");
        weightsError.set("");
        boolean valid = true;
        String servers = bootstrap.get().trim();
        boolean needsKafka = settingsAgentSource() == FeedSettings.AgentSource.KAFKA
                || settingsQueueSource() == FeedSettings.QueueSource.KAFKA;
        if (servers.isEmpty() && needsKafka && !demo) {
            bootstrapError.set("Kafka bootstrap servers: required when a feed comes from Kafka "
                    + "(host:port, comma-separated).");
            valid = false;
        } else if (!servers.isEmpty() && !FeedSettings.validBootstrap(servers)) {
            bootstrapError.set("Kafka bootstrap servers: '" + servers + "' is not host:port[,host:port...].");
            valid = false;
        }
        for (StringProperty topic : new StringProperty[] {queueTopic, agentTopic}) {
            String name = topic.get().trim();
            if (!name.isEmpty() && !FeedSettings.validTopic(name)) {
                topicError.set("Topic '" + name + "': 1 to 249 letters, digits, '.', '_' or '-'.");
                valid = false;
            }
        }
        String group = groupId.get().trim();
        if (!group.isEmpty() && !FeedSettings.validGroup(group)) {
            groupError.set("Consumer group: letters, digits, '.', '_', '@' or '-' only (leave empty for one per "
                    + "user and machine).");
            valid = false;
        }
        valid &= weights() != null;
        return valid;
    }

    /** The weights, or null (with the message set) when they are not usable. */
    private ScoreWeights weights() {
        double[] values = new double[3];
        String[] names = {"wait", "availability", "abandon rate"};
        StringProperty[] fields = {waitWeight, availabilityWeight, abandonWeight};
        for (int i = 0; i < 3; i++) {
            String text = fields[i].get().trim().replace(',', '.');
            try {
                values[i] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                weightsError.set("Score weights: the " + names[i] + " weight '" + fields[i].get()
                        + "' is not a number.");
                return null;
            }
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                weightsError.set("Score weights: the " + names[i] + " weight must be 0 or more.");
                return null;
            }
        }
        if (values[0] + values[1] + values[2] <= 0) {
            weightsError.set("Score weights: at least one weight must be above 0.");
            return null;
        }
        return new ScoreWeights(values[0], values[1], values[2]);
    }

    /** The settings as entered; call after {@link #validate} said true. */
    FeedSettings settings() {
        return new FeedSettings(settingsAgentSource(), settingsQueueSource(), bootstrap.get().trim(),
                queueTopic.get().trim(), agentTopic.get().trim(), groupId.get().trim(), weights());
    }

    private FeedSettings.AgentSource settingsAgentSource() {
        return AGENTS_FROM_KAFKA.equals(agentSource.get()) ? FeedSettings.AgentSource.KAFKA
                : FeedSettings.AgentSource.GENESYS;
    }

    private FeedSettings.QueueSource settingsQueueSource() {
        if (QUEUES_FROM_KAFKA.equals(queueSource.get())) {
            return FeedSettings.QueueSource.KAFKA;
        }
        return QUEUES_FROM_OBSERVATIONS.equals(queueSource.get()) ? FeedSettings.QueueSource.OBSERVATIONS
                : FeedSettings.QueueSource.AUTO;
    }

    /** The agent-state sources, as the form names them. */
    public List<String> agentSources() {
        return List.of(AGENTS_FROM_GENESYS, AGENTS_FROM_KAFKA);
    }

    /** The queue-metric sources, as the form names them. */
    public List<String> queueSources() {
        return List.of(QUEUES_AUTOMATIC, QUEUES_FROM_KAFKA, QUEUES_FROM_OBSERVATIONS);
    }

    public ObjectProperty<String> agentSourceProperty() {
        return agentSource;
    }

    public ObjectProperty<String> queueSourceProperty() {
        return queueSource;
    }

    public StringProperty bootstrapProperty() {
        return bootstrap;
    }

    public StringProperty queueTopicProperty() {
        return queueTopic;
    }

    public StringProperty agentTopicProperty() {
        return agentTopic;
    }

    public StringProperty groupIdProperty() {
        return groupId;
    }

    public StringProperty waitWeightProperty() {
        return waitWeight;
    }

    public StringProperty availabilityWeightProperty() {
        return availabilityWeight;
    }

    public StringProperty abandonWeightProperty() {
        return abandonWeight;
    }

    public ReadOnlyStringProperty bootstrapErrorProperty() {
        return bootstrapError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicErrorProperty() {
        return topicError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty groupErrorProperty() {
        return groupError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightsErrorProperty() {
        return weightsError.getReadOnlyProperty();
    }
}
