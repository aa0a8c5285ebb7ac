package dev.vigie.backup;

/** How much a finding matters, in the terms of monitoring tools. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
