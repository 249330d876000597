package org.netroute.dsl.ui.validation;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Marks a project that holds NetRoute files and puts {@link NetRouteBuilder} on its build spec,
 * so saved files are validated by the workspace build. The editor adds it to a project the first
 * time it opens a NetRoute file there, as Xtext's editors do.
 */
public class NetRouteNature implements IProjectNature {

	public static final String ID = "org.netroute.dsl.ui.nature";

	private IProject project;

	/** Adds the nature in a workspace job, unless the project has it already. */
	public static void addLater(IProject project) {
		if (has(project)) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Adding the NetRoute nature to " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (project.isAccessible() && !has(project)) {
					IProjectDescription description = project.getDescription();
					String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
					natures[natures.length - 1] = ID;
					description.setNatureIds(natures);
					project.setDescription(description, monitor);
				}
				return Status.OK_STATUS;
			}
		};
		// changing natures (and so the build spec) needs the workspace root
		job.setRule(project.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}

	public static boolean has(IProject project) {
		try {
			return project.isAccessible() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(command -> NetRouteBuilder.ID.equals(command.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(NetRouteBuilder.ID);
		ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
		withBuilder[commands.length] = command;
		description.setBuildSpec(withBuilder);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !NetRouteBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
