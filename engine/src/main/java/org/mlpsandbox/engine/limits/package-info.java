/**
 * Limits on what the engine takes in: the {@link org.mlpsandbox.engine.limits.MemoryBudget} every network, dataset and
 * file is checked against before anything is allocated, and the {@link org.mlpsandbox.engine.limits.Excerpt} an error
 * message quotes of a bad value.
 */
package org.mlpsandbox.engine.limits;
