/**
 * Built-in weight initializers: Xavier (Glorot) uniform and normal, He normal, uniform(−1, 1) and zeros.
 *
 * <p>Each fills the {@code fanIn × fanOut} weights of one layer from the generator it is handed and from nothing
 * else, so the same seed gives the same network. Registered in
 * {@code META-INF/services/org.mlpsandbox.api.Initializer}.
 */
package org.mlpsandbox.plugins.init;
