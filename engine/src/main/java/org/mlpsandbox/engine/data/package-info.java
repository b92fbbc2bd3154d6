/** Datasets: the generators of the lessons, CSV import and MNIST (IDX) digits. */
package org.mlpsandbox.engine.data;
