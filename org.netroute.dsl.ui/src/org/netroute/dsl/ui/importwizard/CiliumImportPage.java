package org.netroute.dsl.ui.importwizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.netroute.importer.ImportRequest;

/**
 * The import wizard's page: the sources (kubectl dumps, folders of them, cilium sysdump zips), an
 * optional underlay file, the prefix of inferred segments, and the workspace file to write. After a
 * failed import it shows the summary with every error, each at its file and line.
 */
public final class CiliumImportPage extends WizardPage {

	private final java.util.List<Path> sources = new ArrayList<>();
	private List sourceList;
	private Text underlay;
	private Spinner segmentPrefix;
	private Text folder;
	private Text fileName;
	private Button overwrite;
	private Text summary;
	private final IContainer initialFolder;

	CiliumImportPage(IContainer initialFolder) {
		super("ciliumImport");
		this.initialFolder = initialFolder;
		setTitle("Import Cilium cluster objects");
		setDescription("Write a .netroute file from kubectl dumps (YAML or JSON), folders of them or cilium sysdump archives."
				+ " A live cluster is imported with the command line: netroute import --context NAME.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("Sources:");
		sourceList = new List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 90;
		sourceList.setLayoutData(listData);
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(buttons, "Add Files...", this::addFiles);
		button(buttons, "Add Folder...", this::addFolder);
		button(buttons, "Remove", () -> {
			int[] selected = sourceList.getSelectionIndices();
			for (int i = selected.length - 1; i >= 0; i--) {
				sources.remove(selected[i]);
			}
			refresh();
		});

		new Label(page, SWT.NONE).setText("Underlay (optional):");
		underlay = new Text(page, SWT.BORDER);
		underlay.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		underlay.setToolTipText("A .netroute file with the segments, routers and firewalls; without it they are inferred");
		underlay.addModifyListener(event -> validate());
		button(page, "Browse...", () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.netroute", "*" });
			Optional.ofNullable(dialog.open()).ifPresent(underlay::setText);
		});

		new Label(page, SWT.NONE).setText("Inferred segments: one per /");
		segmentPrefix = new Spinner(page, SWT.BORDER);
		segmentPrefix.setValues(ImportRequest.DEFAULT_SEGMENT_PREFIX, 1, 32, 0, 1, 4);
		segmentPrefix.setToolTipText("The prefix length of the segments inferred from the nodes' InternalIPs");
		new Label(page, SWT.NONE).setText("of InternalIPs");

		new Label(page, SWT.NONE).setText("Into folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.setText(initialFolder == null ? "" : initialFolder.getFullPath().toString());
		folder.addModifyListener(event -> validate());
		button(page, "Browse...", () -> {
			ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), destinationFolder(), false,
					"Choose the folder of the .netroute file");
			if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1) {
				folder.setText(((IPath) dialog.getResult()[0]).toString());
			}
		});

		new Label(page, SWT.NONE).setText("File name:");
		fileName = new Text(page, SWT.BORDER);
		fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fileName.setText("cluster.netroute");
		fileName.addModifyListener(event -> validate());
		new Label(page, SWT.NONE);

		new Label(page, SWT.NONE);
		overwrite = new Button(page, SWT.CHECK);
		overwrite.setText("Overwrite an existing file");
		new Label(page, SWT.NONE);

		new Label(page, SWT.NONE).setText("Summary:");
		summary = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData summaryData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		summaryData.heightHint = 110;
		summary.setLayoutData(summaryData);

		setControl(page);
		validate();
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.yaml;*.yml;*.json;*.zip", "*" });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				addSource(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	private void addFolder() {
		Optional.ofNullable(new DirectoryDialog(getShell()).open()).map(Path::of).ifPresent(this::addSource);
	}

	/** Adds a file, folder or zip archive to import (the buttons' dialogs and the UI tests). */
	public void addSource(Path source) {
		if (!sources.contains(source)) {
			sources.add(source);
		}
		refresh();
	}

	public void setUnderlay(String path) {
		underlay.setText(path);
	}

	public void setDestination(IContainer container, String name) {
		folder.setText(container.getFullPath().toString());
		fileName.setText(name);
	}

	public void setOverwrite(boolean allowed) {
		overwrite.setSelection(allowed);
	}

	/** What the last import said: its counts, assumptions, warnings and errors. */
	public void showSummary(java.util.List<String> lines) {
		summary.setText(String.join(System.lineSeparator(), lines));
	}

	public String summaryText() {
		return summary.getText();
	}

	java.util.List<Path> sources() {
		return java.util.List.copyOf(sources);
	}

	Optional<Path> underlay() {
		return underlay.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(underlay.getText().strip()));
	}

	int segmentPrefix() {
		return segmentPrefix.getSelection();
	}

	boolean overwrite() {
		return overwrite.getSelection();
	}

	/** The workspace file to write, or null while folder and name do not name one. */
	IFile destination() {
		IContainer container = destinationFolder();
		String name = fileName.getText().strip();
		if (container == null || name.isEmpty() || name.contains("/")) {
			return null;
		}
		return container.getFile(IPath.fromOSString(name.endsWith(".netroute") ? name : name + ".netroute"));
	}

	private IContainer destinationFolder() {
		String path = folder.getText().strip();
		if (path.isEmpty()) {
			return null;
		}
		IPath full = IPath.fromOSString(path);
		if (full.segmentCount() == 0) {
			return null;
		}
		IResource existing = ResourcesPlugin.getWorkspace().getRoot().findMember(full);
		if (existing instanceof IContainer container) {
			return container;
		}
		if (!ResourcesPlugin.getWorkspace().getRoot().getProject(full.segment(0)).isAccessible()) {
			return null;
		}
		return full.segmentCount() == 1 ? ResourcesPlugin.getWorkspace().getRoot().getProject(full.segment(0))
				: ResourcesPlugin.getWorkspace().getRoot().getFolder(full);
	}

	private void refresh() {
		sourceList.setItems(sources.stream().map(Path::toString).toArray(String[]::new));
		validate();
	}

	private void validate() {
		String problem = null;
		if (sources.isEmpty()) {
			problem = "Add the dumps, folders or sysdump archives to import";
		} else if (destinationFolder() == null) {
			problem = "Choose an open project or a folder in one";
		} else if (destination() == null) {
			problem = "Name the .netroute file to write";
		} else if (underlay().isPresent() && !Files.isRegularFile(underlay().get())) {
			problem = "The underlay " + underlay().get() + " is no file";
		}
		// nothing added yet is no error, only the next step; null shows the page's description again
		setErrorMessage(sources.isEmpty() ? null : problem);
		setMessage(sources.isEmpty() ? problem : null);
		setPageComplete(problem == null);
	}
}
