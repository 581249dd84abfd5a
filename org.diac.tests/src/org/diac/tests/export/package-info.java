/** Tests of the exporter: round trips over the examples and the shared corpus. */
package org.diac.tests.export;
