// The cross-engine suite (suite.mjs) in WebKitGTK, the engine family of Safari, over classic WebDriver.
import { suite } from "./suite.mjs";

suite("webkit");
