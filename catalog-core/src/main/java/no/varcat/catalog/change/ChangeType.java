package no.varcat.catalog.change;

/** What happened to a register or variable; a removal stays in the log as a tombstone. */
public enum ChangeType { ADDED, CHANGED, REMOVED }
