package io.floorwatch.ui.tuning;

import io.floorwatch.domain.Skill;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.SkillRules;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The tuning screen's editor: the skill to add, set or remove, its proficiency, the skills-per-agent limit, and
 * what is wrong with each. It reads its fields; the staging decides what a valid change does.
 */
public final class TuningForm {
    private final ObjectProperty<Skill> skill = new SimpleObjectProperty<>(this, "skill");
    private final StringProperty proficiency = new SimpleStringProperty(this, "proficiency", "3");
    private final StringProperty maxSkills = new SimpleStringProperty(this, "maxSkills", "5");
    private final ReadOnlyStringWrapper proficiencyError = new ReadOnlyStringWrapper(this, "proficiencyError", "");
    private final ReadOnlyStringWrapper skillError = new ReadOnlyStringWrapper(this, "skillError", "");
    private final ReadOnlyStringWrapper maxSkillsError = new ReadOnlyStringWrapper(this, "maxSkillsError", "");

    /** The chosen skill, or null with the skill error set ({@code verb}: "add or set", "remove"). */
    Skill chosenSkill(String verb) {
        skillError.set(skill.get() == null ? "Skill: choose the skill to " + verb + "." : "");
        return skill.get();
    }

    /** The proficiency field as a valid proficiency, or null with its error set. */
    Double validProficiency() {
        String text = proficiency.get() == null ? "" : proficiency.get().trim().replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            if (SkillRules.isProficiency(value)) {
                proficiencyError.set("");
                return value;
            }
        } catch (NumberFormatException e) {
            proficiencyError.set("Proficiency: '" + text + "' is not a number (0.0 to 5.0 in half steps).");
            return null;
        }
        proficiencyError.set("Proficiency: 0.0 to 5.0 in half steps, not " + text + ".");
        return null;
    }

    /** The limit field as a valid skills-per-agent limit, or null with its error set. */
    Integer validMax() {
        String text = maxSkills.get() == null ? "" : maxSkills.get().trim();
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= SkillPlan.CEILING) {
                return value;
            }
        } catch (NumberFormatException e) {
            maxSkillsError.set("Skills per agent: a whole number from 1 to " + SkillPlan.CEILING + ".");
            return null;
        }
        maxSkillsError.set("Skills per agent: 1 to " + SkillPlan.CEILING + ", not " + text + ".");
        return null;
    }

    /** Shows what the capacity rules refused for the selected agents; nothing when all were staged. */
    void refused(List<String> problems) {
        maxSkillsError.set(problems.isEmpty() ? "" : "Capacity: " + String.join("; ", problems) + ".");
    }

    /** Shows what the rules refused for one skill of one agent; nothing when it was staged. */
    void refusedProficiency(List<String> problems) {
        proficiencyError.set(problems.isEmpty() ? "" : "Proficiency: " + String.join("; ", problems) + ".");
    }

    public ObjectProperty<Skill> skillProperty() {
        return skill;
    }

    public StringProperty proficiencyProperty() {
        return proficiency;
    }

    public StringProperty maxSkillsProperty() {
        return maxSkills;
    }

    public ReadOnlyStringProperty proficiencyErrorProperty() {
        return proficiencyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty skillErrorProperty() {
        return skillError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maxSkillsErrorProperty() {
        return maxSkillsError.getReadOnlyProperty();
    }
}
