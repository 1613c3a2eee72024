package io.floorwatch.emulator.org;

import io.floorwatch.domain.SkillState;

import java.time.Instant;

/** A routing skill of the emulated org; replaced whole on every change, so readers never see half an edit. */
public record EmSkill(String id, String name, SkillState state, int version, Instant dateModified) {
    public EmSkill withState(SkillState newState, Instant at) {
        return new EmSkill(id, name, newState, version + 1, at);
    }
}
