/** Implementation details shared between Edgewise modules; not part of the API. */
package dev.edgewise.core.internal;
