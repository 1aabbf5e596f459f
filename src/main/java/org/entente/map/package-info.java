/**
 * Maps, a shared kernel for every page that draws one as server-side SVG: the one projection
 * ({@link org.entente.map.Projection}, equirectangular, of an {@link org.entente.map.Extent}) that places both the
 * outlines and the dots, and the base map shipped with the application ({@link org.entente.map.BaseMap}: Natural
 * Earth's coastlines and country borders at 1:110m, read from the classpath, no tile server), drawn as SVG path data
 * clipped to the extent and simplified to the plot's resolution. See src/main/resources/map/README.md for the data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Maps", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.entente.map;
