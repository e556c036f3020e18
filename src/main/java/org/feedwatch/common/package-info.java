/**
 * The few exceptions every layer uses to say that input from outside is wrong or clashes with what exists.
 * May not depend on any other Feedwatch package.
 */
package org.feedwatch.common;
