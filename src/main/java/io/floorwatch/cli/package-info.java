/**
 * The command line (picocli): one entry point whose default is the GUI, and headless commands over the same
 * services. Exit codes: 0 success, 1 the check found something, 2 usage or runtime error. The only package
 * that prints to standard output.
 */
package io.floorwatch.cli;
