package org.diac.chain.bench;

/**
 * Table IV's row for one document size: the median time to import it (read the file, submit the publish
 * transaction, wait for its commit) and to export it (evaluate the export, write the YAML file).
 */
public record DocumentTiming(String label, int bytes, int runs, double importP50S, double exportP50S) {
}
