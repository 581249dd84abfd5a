package org.diac.chain.contract;

import static org.diac.chain.contract.ContractAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local files published with a document: stored with its version, carried over, checked, never half-written. */
class ImportedFilesTest {

    private static final String DOC = "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata: { template_name: doc }\n"
            + "imports:\n  - types/app.yaml\n";
    private static final String TYPES = "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n"
            + "  my.App: { derived_from: tosca.nodes.Root }\n";

    private final FakeLedger ledger = new FakeLedger();
    private final CoreContract core = new CoreContract();

    private static String files(String... pathAndContent) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < pathAndContent.length; i += 2) {
            json.append(i == 0 ? "" : ",").append(new com.google.gson.Gson().toJson(
                    new ImportedFiles.Entry(pathAndContent[i], pathAndContent[i + 1])));
        }
        return json.append(']').toString();
    }

    private List<String> paths(long version) {
        return Arrays.stream(core.imports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", version))
                .map(ImportedFile::getPath).toList();
    }

    @Test
    void importedFilesAreStoredUnderTheVersionAndComeBackByPath() {
        core.publishWithImports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC, files("types/app.yaml", TYPES));
        assertTrue(ledger.writes.containsKey(FakeLedger.key("import", "doc", "0000000001", "types/app.yaml")));
        ImportedFile[] back = core.imports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", 0);
        assertEquals(1, back.length);
        assertEquals(TYPES, back[0].getContent());
        assertEquals(1, back[0].getVersion());
    }

    @Test
    void aPublishWithoutImportsCarriesTheLatestVersionsFilesOver() {
        core.publishWithImports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC, files("types/app.yaml", TYPES));
        core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC + "description: second\n");
        assertEquals(List.of("types/app.yaml"), paths(2));
        assertEquals(List.of("types/app.yaml"), paths(1));
    }

    @Test
    void changingOnlyAnImportedFileIsANewVersionThatChangesTheCoreModule() {
        core.publishWithImports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC, files("types/app.yaml", TYPES));
        DocumentVersion v2 = core.publishWithImports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC,
                files("types/app.yaml", TYPES + "  my.Db: { derived_from: tosca.nodes.Root }\n"));
        assertEquals(2, v2.getVersion());
        assertEquals(List.of("core"), List.of(v2.getModules()));
        assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.publishWithImports(
                ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC, files("types/app.yaml",
                        TYPES + "  my.Db: { derived_from: tosca.nodes.Root }\n")));
    }

    @Test
    void pathsOutsideTheDocumentsFolderAreRefusedAndNothingIsWritten() {
        for (String path : List.of("../etc/passwd", "/etc/passwd", "types/../../x.yaml", "https://x/y.yaml", "", "a//b",
                "./a.yaml", "a\u0000b")) {
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.publishWithImports(
                    ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC, files(path, TYPES)));
        }
    }

    @Test
    void aMalformedImportedFileIsRefusedNamingItsPath() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.hyperledger.fabric.shim.ChaincodeException.class,
                () -> core.publishWithImports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC,
                        files("types/app.yaml", "a: [1")));
        assertTrue(e.getMessage().startsWith("MALFORMED_DOCUMENT: imported file 'types/app.yaml'"), e.getMessage());
        assertTrue(ledger.writes.isEmpty());
    }

    @Test
    void theImportsArgumentMustBeAJsonArrayOfPathAndContent() {
        for (String bad : List.of("{", "[{\"path\": \"a.yaml\"}]", "[1]", "\"x\"")) {
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> core.publishWithImports(ledger.tx("Org1MSP", "alice@myDapp"), "doc", DOC, bad));
        }
    }
}
