package io.floorwatch.emulator.sim;

import java.util.List;
import java.util.Map;

/**
 * What the generator decided beyond what Genesys stores: which skills each queue's interactions ask for,
 * and which agents misbehave on purpose.
 *
 * @param queueSkills queue id to the skill ids its interactions require
 * @param behaviours user id to a non-normal behaviour (absent means normal)
 */
public record FloorPlan(Map<String, List<String>> queueSkills, Map<String, Behaviour> behaviours) {

    /** How an agent departs from the normal day, so the idle alerts have real cases to find. */
    public enum Behaviour {
        NORMAL,
        /** On queue and idle for a long time: never picked for interactions (a skills problem). */
        LINGER_IDLE,
        /** Available but not on queue for a long time. */
        LINGER_AVAILABLE,
        /** Stops answering offers and stays NOT_RESPONDING. */
        NOT_RESPONDER
    }

    public Behaviour behaviourOf(String userId) {
        return behaviours.getOrDefault(userId, Behaviour.NORMAL);
    }
}
