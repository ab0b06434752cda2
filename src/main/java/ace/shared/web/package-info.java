/** Layout, languages and error pages shared by every module's pages. */
@NullMarked
@org.springframework.modulith.NamedInterface("web")
package ace.shared.web;

import org.jspecify.annotations.NullMarked;
