package io.floorwatch.ui.provisioning;

import io.floorwatch.provisioning.QueueEditor;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The provisioning screen's state, in parts over one read of the org: {@link QueueOrg} (what is checked
 * against, refreshable), {@link QueueForm} (one queue, validated per field, previewed, created),
 * {@link QueueEditForm} (an existing queue changed, refusing a stale write) and {@link BulkImport} (a file of
 * queues with progress, cancel and an outcome per row).
 */
public final class ProvisioningViewModel {
    private final QueueOrg org;
    private final QueueForm form;
    private final QueueEditForm edit;
    private final BulkImport bulk;

    /**
     * @param provisioners a provisioner on the open connection, or empty while there is none
     * @param editors      a queue editor on the open connection, or empty while there is none
     */
    public ProvisioningViewModel(Supplier<Optional<QueueProvisioner>> provisioners,
            Supplier<Optional<QueueEditor>> editors, TaskExecutor tasks, DialogService dialogs) {
        this.org = new QueueOrg(provisioners, tasks);
        this.form = new QueueForm(org, tasks);
        this.edit = new QueueEditForm(org, editors, tasks);
        this.bulk = new BulkImport(org, tasks, dialogs);
    }

    public QueueOrg org() {
        return org;
    }

    public QueueForm form() {
        return form;
    }

    public QueueEditForm edit() {
        return edit;
    }

    public BulkImport bulk() {
        return bulk;
    }
}
