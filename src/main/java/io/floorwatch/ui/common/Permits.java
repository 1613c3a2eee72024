package io.floorwatch.ui.common;

import io.floorwatch.domain.Person;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the signed-in person may do, for the screens: an action their Genesys roles do not permit is disabled and
 * says which permission it needs. With no person (client credentials, or not connected) nothing is held back
 * here: the client's roles are not known to the app, and a refusal from Genesys still says why. FX thread only.
 */
public final class Permits {
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");

    /** The person now signed in, or null; the shell sets it each time it reads the connection. */
    public ObjectProperty<Person> personProperty() {
        return person;
    }

    /** True unless a signed-in person lacks the permission. */
    public BooleanBinding allows(String permission) {
        return Bindings.createBooleanBinding(() -> person.get() == null || person.get().may(permission), person);
    }

    /** Why an action is held back ("Apply needs the Genesys permission routing:skill:assign, …"), or empty. */
    public StringBinding missing(String permission, String action) {
        return Bindings.createStringBinding(() -> person.get() == null || person.get().may(permission) ? ""
                : action + " needs the Genesys permission " + permission + ", which the roles of "
                        + person.get().name() + " do not grant. An admin can add it to one of your roles.", person);
    }
}
