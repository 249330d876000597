package org.netroute.dsl.scoping;

import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Names are flat: a dotted node name such as {@code ip-10-0-1-5.ec2.internal} is one name, not a
 * path of three segments. Xtext's default converter would split it at the dots, so a reference
 * would never match the declaration it spells.
 */
public class NetRouteQualifiedNames extends IQualifiedNameConverter.DefaultImpl {

	@Override
	public QualifiedName toQualifiedName(String qualifiedNameAsString) {
		return QualifiedName.create(qualifiedNameAsString);
	}

	@Override
	public String toString(QualifiedName name) {
		return String.join("", name.getSegments());
	}
}
