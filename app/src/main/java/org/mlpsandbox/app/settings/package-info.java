/**
 * Where the app keeps the user's things: {@link org.mlpsandbox.app.settings.UserSettings} names the app folder and
 * hands out the preference nodes (in the user's Java preferences, or in a file inside a moved app folder);
 * {@link org.mlpsandbox.app.settings.PrecisionSetting} remembers the precision of the matrix products.
 */
package org.mlpsandbox.app.settings;
