/**
 * What only the IP pledge-financing interest subsidy (知识产权质押融资贴息) has in code: the names its model
 * shares with Java ({@link org.ipflow.application.process.pledge.PledgeProcess}) and the subsidy within the
 * yearly cap. Everything another programme may use stays in the building blocks one package up.
 */
package org.ipflow.application.process.pledge;
