/** Export (pipeline phase 6): a parsed document as a plain tree, written as YAML or JSON. */
package org.diac.dsl.export;
