/**
 * Integrity verification of backup files, read-only: {@link dev.vigie.verify.Verifier} is the entry point,
 * {@link dev.vigie.verify.VerifyDepth} says how deep it reads, {@link dev.vigie.verify.IntegrityCode} lists the
 * findings it reports with their severities.
 */
package dev.vigie.verify;
