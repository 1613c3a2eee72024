/** The history screen: state events paged and filtered, exported as CSV. */
package io.floorwatch.ui.history;
