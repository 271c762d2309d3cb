// The cross-engine suite (suite.mjs) in Firefox ESR, over WebDriver BiDi.
import { suite } from "./suite.mjs";

suite("firefox");
