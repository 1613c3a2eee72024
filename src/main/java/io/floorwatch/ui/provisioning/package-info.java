/**
 * The provisioning screen: a queue form validated field by field against the org, a preview of the request,
 * create with its outcome; and a bulk import (CSV or JSON) showing every row's validation, creating the valid rows
 * with progress and cancel, and exporting the per-row outcomes.
 */
package io.floorwatch.ui.provisioning;
