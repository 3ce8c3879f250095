// Entry of the map's own chunk: Leaflet's stylesheet and the map component load together, only when
// a screen shows the map (React.lazy at the usage site), so neither is in the app's initial download.
import "leaflet/dist/leaflet.css";
export { ChargerMap } from "./ChargerMap";
