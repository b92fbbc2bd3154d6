/** How the app writes numbers for people: {@link org.mlpsandbox.app.format.Numbers}, used by every view and chart. */
package org.mlpsandbox.app.format;
