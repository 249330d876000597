package org.netroute.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ui.importwizard.CiliumImportWizard;
import org.netroute.dsl.ui.validation.ProblemMarkers;

/**
 * File &gt; Import &gt; NetRoute &gt; Cilium cluster objects, in a real workbench: the wizard is
 * registered there, imports a kind cluster's dump (the project's own, as {@code kubectl get
 * nodes,ciliumnodes -o yaml} prints it) into a workspace file that opens in the editor without
 * problems, and shows the errors of a bad dump instead of writing.
 */
public class ImportWizardTest {

	private WizardDialog dialog;

	@AfterEach
	public void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void theWizardIsUnderNetRouteInFileImport() {
		IWizardDescriptor wizard = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(CiliumImportWizard.ID);
		assertNotNull(wizard, "the import wizard is registered");
		assertEquals("Cilium cluster objects", wizard.getLabel());
		IWizardCategory category = wizard.getCategory();
		assertEquals("NetRoute", category.getLabel());
	}

	@Test
	public void aKindDumpBecomesAWorkspaceFileThatOpensWithoutProblems() throws Exception {
		IProject project = project("import-kind");
		CiliumImportWizard wizard = open(project);
		wizard.page().addSource(dump("kind/orchard-nodes.yaml"));
		wizard.page().setDestination(project, "kind.netroute");
		Workbench.settle(200);
		Workbench.screenshot("import-wizard");
		assertTrue(wizard.performFinish(), wizard.page().summaryText());
		IFile file = project.getFile("kind.netroute");
		assertTrue(file.exists());
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("node orchard-control-plane {\n        address: 172.21.0.4 on net-172-21-0-0-24\n"
				+ "        pod-cidr: 10.240.0.0/24\n"), text);
		assertTrue(text.contains("node orchard-worker {\n        address: 172.21.0.3 on net-172-21-0-0-24\n"
				+ "        pod-cidr: 10.240.1.0/24\n"), text);
		assertTrue(text.contains("node orchard-worker2 {\n        address: 172.21.0.2 on net-172-21-0-0-24\n"
				+ "        pod-cidr: 10.240.2.0/24\n"), text);
		IEditorPart editor = Workbench.page().getActiveEditor();
		assertNotNull(editor, "the imported file opens");
		assertEquals(file, editor.getEditorInput().getAdapter(IFile.class));
		Workbench.waitForSettledProblems(file, 0);
		assertTrue(Workbench.markers(file, ProblemMarkers.TYPE).isEmpty());
		Workbench.screenshot("import-wizard-imported");
	}

	@Test
	public void aMalformedDumpShowsItsErrorAtItsLineAndWritesNothing() throws Exception {
		IProject project = project("import-bad");
		Path bad = Files.createTempFile("netroute-bad", ".yaml");
		Files.writeString(bad, "apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1\n labels: {a: b}\n");
		CiliumImportWizard wizard = open(project);
		wizard.page().addSource(bad);
		wizard.page().setDestination(project, "bad.netroute");
		assertFalse(wizard.performFinish());
		assertFalse(project.getFile("bad.netroute").exists());
		assertTrue(wizard.page().summaryText().contains("error: " + bad + ":5: malformed YAML"), wizard.page().summaryText());
		assertTrue(wizard.page().getErrorMessage().contains(bad + ":5:"), wizard.page().getErrorMessage());
		Workbench.screenshot("import-wizard-error");
	}

	@Test
	public void anExistingFileIsOnlyReplacedWhenAllowed() throws Exception {
		IProject project = project("import-existing");
		IFile existing = Workbench.file("import-existing", "cluster.netroute", "// mine\n");
		CiliumImportWizard wizard = open(existing.getProject());
		wizard.page().addSource(dump("kind/orchard-nodes.yaml"));
		wizard.page().setDestination(project, "cluster.netroute");
		assertFalse(wizard.performFinish());
		assertEquals("// mine\n", new String(existing.getContents().readAllBytes(), StandardCharsets.UTF_8));
		wizard.page().setOverwrite(true);
		assertTrue(wizard.performFinish(), wizard.page().summaryText());
		assertTrue(new String(existing.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("cluster default {"));
	}

	private CiliumImportWizard open(IProject project) {
		CiliumImportWizard wizard = new CiliumImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	private static IProject project(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	/** One of the importer's own dumps (org.netroute.tests/src/test/resources/importer, see its README). */
	private static Path dump(String relative) {
		Path file = Path.of(System.getProperty("netroute.dumps", "../org.netroute.tests/src/test/resources/importer"))
				.resolve(relative).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(file), "the dump " + file);
		return file;
	}
}
